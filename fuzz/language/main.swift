// libFuzzer entry for the patchsh language: any bytes, as a script, must lex and parse without
// trapping, and every diagnostic must point inside the source. Built with the files of
// Sources/PatchShell/Language only (see fuzz/build.sh).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (_, diagnostics) = Parser.parse(source, origin: "fuzz")
    let lines = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count
    for diagnostic in diagnostics {
        // A diagnostic beyond the last line would print a position the user cannot find.
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1,
                     "diagnostic at line \(diagnostic.location.line) of a \(lines)-line source")
        precondition(diagnostic.location.column >= 1, "diagnostic at column \(diagnostic.location.column)")
    }
    return 0
}
