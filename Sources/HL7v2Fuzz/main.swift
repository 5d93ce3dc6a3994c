// hl7v2-fuzz: the libFuzzer target of the HL7 v2 reader, validator, mapping and ACK writer (`make fuzz`); see
// FuzzDriver.
import FuzzSupport

FuzzDriver.run("hl7v2-fuzz", fuzzOneInput)
