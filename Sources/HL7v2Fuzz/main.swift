// hl7v2-fuzz: the libFuzzer target of the HL7 v2 reader, validator, mapping and ACK writer (`make fuzz`).
//
// Built with `-DFUZZING -sanitize=fuzzer,address` it hands control to libFuzzer's driver (all libFuzzer flags apply).
// Built normally it replays the files named on the command line through the same entry point, so a crash found by
// the fuzzer can be reproduced and debugged in an ordinary build.
#if canImport(Glibc)
import Glibc
#endif

#if FUZZING
typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    fuzzOneInput(UnsafeBufferPointer(start: data, count: size))
    return 0
})
#else
for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else {
        print("hl7v2-fuzz: cannot read \(path)")
        exit(2)
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
    fclose(file)
    bytes.withUnsafeBufferPointer(fuzzOneInput)
    print("ok \(path)")
}
#endif
