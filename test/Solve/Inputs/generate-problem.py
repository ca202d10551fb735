"""Writes a CSV problem of N buffers (argument 1) to stdout: deterministic
(a fixed linear congruential generator), with lifetimes of 1 to 40 steps on
a timeline of N/5 steps, sizes from 1 byte to 64 KiB, and unique names of 2 to
26 characters; one buffer in 100 is large (1 to 2 MiB) and lives long (up to a
quarter of the timeline), so that some labels fit their rectangles and most
do not."""
import sys

count = int(sys.argv[1])
state = 12345


def draw(bound):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % bound


print("id,lower,upper,size")
steps = max(10, count // 5)
for i in range(count):
    lower = draw(steps)
    upper = lower + 1 + draw(40)
    size = 1 << draw(17)
    size += draw(size)
    if draw(100) == 0:
        upper = lower + 1 + draw(steps // 4)
        size = (1 << 20) + draw(1 << 20)
    name = "x" * draw(20) + "b" + str(i)
    print("%s,%d,%d,%d" % (name, lower, upper, size))
