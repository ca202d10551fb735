memplan.pool @p size 16 lower_bound 16
