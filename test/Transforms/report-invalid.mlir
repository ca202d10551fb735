// RUN: memplan-opt %s --memplan-report -verify-diagnostics -o /dev/null

// expected-error @below {{'memplan.pool' op has no planned size and lower bound; run --memplan-plan before --memplan-report}}
memplan.pool @unplanned
