/// The small CSV reader for cross-reference tables (RFC 4180: comma separated, double-quoted fields with `""`
/// escapes, CRLF or LF, optional UTF-8 BOM). The FlatFile module reads partners' documents; this reads Wharf's own
/// configuration.
enum CrossReferenceCSV {
    /// A problem, with its 1-based line.
    struct Problem: Error {
        var line: Int
        var message: String
    }

    /// The records of `text`, each with the line it starts on.
    static func records(_ text: String) throws(Problem) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw Problem(line: line, message: "a quote inside an unquoted field; quote the whole field")
                }
                quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r" where index < scalars.count && scalars[index] == "\n":
                break
            case "\n", "\r":
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                guard !afterQuote else {
                    throw Problem(line: line, message: "text after a closing quote; quote the whole field")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Problem(line: recordLine, message: "a quoted field is not closed") }
        endRecord()
        return records
    }
}
