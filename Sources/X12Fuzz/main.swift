// x12-fuzz: the libFuzzer target of the X12 reader and validator (`make fuzz`, scripts/fuzz.sh); see FuzzDriver.
import FuzzSupport

FuzzDriver.run("x12-fuzz", fuzzOneInput)
