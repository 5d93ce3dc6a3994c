import Canonical

extension CSVField {
    /// Reads a field path as layouts write it (`orderNumber`, `party[buyer].id[gln]`, `line.item[gtin]`).
    /// - Returns: the field, or `nil` when the path names no field.
    public init?(path: String) {
        guard let segments = CSVFieldPathSegment.split(path), let first = segments.first else { return nil }
        if first.name == "line", first.argument == nil {
            guard let line = Line(segments.dropFirst()) else { return nil }
            self = .line(line)
        } else {
            guard let document = Document(segments[...]) else { return nil }
            self = .document(document)
        }
    }
}

/// One segment of a field path: a name with an optional bracketed argument (`id[gln]`).
struct CSVFieldPathSegment: Hashable, Sendable {
    var name: String
    var argument: String?

    /// Splits `party[shipTo].id[gln]` into its segments; `nil` when brackets are unbalanced or a part is empty.
    static func split(_ path: String) -> [CSVFieldPathSegment]? {
        var segments: [CSVFieldPathSegment] = []
        var rest = Substring(path)
        while !rest.isEmpty {
            let nameEnd = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
            let name = String(rest[..<nameEnd])
            guard !name.isEmpty else { return nil }
            rest = rest[nameEnd...]
            var argument: String?
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                argument = String(rest[rest.index(after: rest.startIndex)..<close])
                guard argument?.isEmpty == false else { return nil }
                rest = rest[rest.index(after: close)...]
            }
            segments.append(CSVFieldPathSegment(name: name, argument: argument))
            if rest.first == "." {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { return nil }
            } else if !rest.isEmpty {
                return nil
            }
        }
        return segments
    }
}

extension CSVField.Document {
    private static let plain: [String: Self] = [
        "orderNumber": .orderNumber, "orderDate": .orderDate, "responseNumber": .responseNumber,
        "responseDate": .responseDate, "shipmentNumber": .shipmentNumber, "noticeDate": .noticeDate,
        "invoiceNumber": .invoiceNumber, "invoiceDate": .invoiceDate, "catalogNumber": .catalogNumber,
        "issueDate": .issueDate, "transactionNumber": .transactionNumber, "date": .transactionDate, "kind": .kind,
        "location": .location, "department": .department, "purpose": .purpose, "type": .type,
        "sourceCode": .sourceCode, "currency": .currency, "totalAmount": .totalAmount, "note": .note(nil),
    ]

    init?(_ segments: ArraySlice<CSVFieldPathSegment>) {
        guard let first = segments.first else { return nil }
        let rest = segments.dropFirst()
        switch (first.name, first.argument, rest.count) {
        case (let name, nil, 0):
            guard let field = Self.plain[name] else { return nil }
            self = field
        case ("patient", nil, 1):
            guard let member = Self.member(rest, as: CSVField.PatientMember.self) else { return nil }
            self = .patient(member)
        case ("totals", nil, 1):
            guard let member = Self.member(rest, as: CSVField.TotalsMember.self) else { return nil }
            self = .totals(member)
        case ("paymentTerms", nil, 1):
            guard let member = Self.member(rest, as: CSVField.PaymentTermsMember.self) else { return nil }
            self = .paymentTerms(member)
        case ("transport", nil, 1):
            guard let member = Self.member(rest, as: CSVField.TransportMember.self) else { return nil }
            self = .transport(member)
        case ("party", let role?, _):
            guard let member = CSVField.PartyMember(rest) else { return nil }
            self = .party(PartyRole(rawValue: role), member)
        case ("reference", let kind?, 0):
            self = .reference(ReferenceKind(rawValue: kind))
        case ("date", let kind?, 0):
            self = .date(DateKind(rawValue: kind))
        case ("note", let code?, 0):
            self = .note(code)
        default:
            return nil
        }
    }

    /// The member named by one plain segment (`patient.visitID` → `visitID`).
    private static func member<Member: RawRepresentable<String>>(_ segments: ArraySlice<CSVFieldPathSegment>,
                                                                  as type: Member.Type) -> Member? {
        guard segments.count == 1, let segment = segments.first, segment.argument == nil else { return nil }
        return Member(rawValue: segment.name)
    }

    /// The path text.
    var path: String {
        switch self {
        case .orderNumber: "orderNumber"
        case .orderDate: "orderDate"
        case .responseNumber: "responseNumber"
        case .responseDate: "responseDate"
        case .shipmentNumber: "shipmentNumber"
        case .noticeDate: "noticeDate"
        case .invoiceNumber: "invoiceNumber"
        case .invoiceDate: "invoiceDate"
        case .catalogNumber: "catalogNumber"
        case .issueDate: "issueDate"
        case .transactionNumber: "transactionNumber"
        case .transactionDate: "date"
        case .kind: "kind"
        case .location: "location"
        case .department: "department"
        case .patient(let member): "patient.\(member.rawValue)"
        case .purpose: "purpose"
        case .type: "type"
        case .sourceCode: "sourceCode"
        case .currency: "currency"
        case .totalAmount: "totalAmount"
        case .totals(let member): "totals.\(member.rawValue)"
        case .paymentTerms(let member): "paymentTerms.\(member.rawValue)"
        case .transport(let member): "transport.\(member.rawValue)"
        case .party(let role, let member): "party[\(role.rawValue)].\(member.path)"
        case .reference(let kind): "reference[\(kind.rawValue)]"
        case .date(let kind): "date[\(kind.rawValue)]"
        case .note(let code): code.map { "note[\($0)]" } ?? "note"
        }
    }
}

extension CSVField.Line {
    private static let plain: [String: Self] = [
        "lineNumber": .lineNumber, "description": .description, "unit": .unit, "quantity": .quantity,
        "price": .price, "amount": .amount, "orderedQuantity": .orderedQuantity, "orderedPrice": .orderedPrice,
        "confirmedQuantity": .confirmedQuantity, "confirmedPrice": .confirmedPrice, "status": .status,
        "orderLineNumber": .orderLineNumber, "quantityShipped": .quantityShipped,
        "quantityOrdered": .quantityOrdered, "sscc": .sscc, "orderNumber": .orderNumber, "lot": .lot,
        "serialNumber": .serialNumber, "expirationDate": .expirationDate, "manufactureDate": .manufactureDate,
        "date": .transactionDate, "note": .note(nil),
    ]

    init?(_ segments: ArraySlice<CSVFieldPathSegment>) {
        guard let first = segments.first else { return nil }
        let rest = segments.dropFirst()
        let restNames = rest.map(\.name)
        let restPlain = rest.allSatisfy { $0.argument == nil }
        switch (first.name, first.argument) {
        case ("price", nil) where restPlain && restNames == ["basis"]:
            self = .priceBasis
        case ("price", nil) where restPlain && restNames == ["currency"]:
            self = .priceCurrency
        case ("status", nil) where restPlain && restNames == ["sourceCode"]:
            self = .statusSourceCode
        case ("status", nil) where restPlain && restNames == ["quantity"]:
            self = .statusQuantity
        case (let name, nil) where rest.isEmpty:
            guard let field = Self.plain[name] else { return nil }
            self = field
        case ("item", let kind?) where rest.isEmpty:
            self = .item(ItemIdentifierKind(rawValue: kind))
        case ("date", let kind?) where rest.isEmpty:
            self = .date(DateKind(rawValue: kind))
        case ("reference", let kind?) where rest.isEmpty:
            self = .reference(ReferenceKind(rawValue: kind))
        case ("note", let code?) where rest.isEmpty:
            self = .note(code)
        case ("packaging", let unit?) where rest.isEmpty:
            self = .packaging(UnitOfMeasure(rawValue: unit))
        case ("vendor", nil):
            guard let member = CSVField.PartyMember(rest) else { return nil }
            self = .vendor(member)
        case ("manufacturer", nil):
            guard let member = CSVField.PartyMember(rest) else { return nil }
            self = .manufacturer(member)
        case ("party", let role?):
            guard let member = CSVField.PartyMember(rest) else { return nil }
            self = .party(PartyRole(rawValue: role), member)
        default:
            return nil
        }
    }

    /// The path text after `line.`.
    var path: String {
        switch self {
        case .lineNumber: "lineNumber"
        case .item(let kind): "item[\(kind.rawValue)]"
        case .description: "description"
        case .unit: "unit"
        case .quantity: "quantity"
        case .price: "price"
        case .priceBasis: "price.basis"
        case .priceCurrency: "price.currency"
        case .amount: "amount"
        case .orderedQuantity: "orderedQuantity"
        case .orderedPrice: "orderedPrice"
        case .confirmedQuantity: "confirmedQuantity"
        case .confirmedPrice: "confirmedPrice"
        case .status: "status"
        case .statusSourceCode: "status.sourceCode"
        case .statusQuantity: "status.quantity"
        case .orderLineNumber: "orderLineNumber"
        case .quantityShipped: "quantityShipped"
        case .quantityOrdered: "quantityOrdered"
        case .sscc: "sscc"
        case .orderNumber: "orderNumber"
        case .lot: "lot"
        case .serialNumber: "serialNumber"
        case .expirationDate: "expirationDate"
        case .manufactureDate: "manufactureDate"
        case .transactionDate: "date"
        case .date(let kind): "date[\(kind.rawValue)]"
        case .reference(let kind): "reference[\(kind.rawValue)]"
        case .note(let code): code.map { "note[\($0)]" } ?? "note"
        case .packaging(let unit): "packaging[\(unit.rawValue)]"
        case .vendor(let member): "vendor.\(member.path)"
        case .manufacturer(let member): "manufacturer.\(member.path)"
        case .party(let role, let member): "party[\(role.rawValue)].\(member.path)"
        }
    }
}

extension CSVField.PartyMember {
    init?(_ segments: ArraySlice<CSVFieldPathSegment>) {
        let parts = Array(segments)
        switch parts.count {
        case 1 where parts[0].name == "name" && parts[0].argument == nil:
            self = .name
        case 1 where parts[0].name == "id":
            guard let system = parts[0].argument else { return nil }
            self = .identifier(PartyIdentifierSystem(rawValue: system))
        case 2 where parts[0].name == "address" && parts[0].argument == nil && parts[1].argument == nil:
            guard let member = CSVField.AddressMember(rawValue: parts[1].name) else { return nil }
            self = .address(member)
        default:
            return nil
        }
    }

    /// The path text of the member (`name`, `id[gln]`, `address.city`).
    var path: String {
        switch self {
        case .name: "name"
        case .identifier(let system): "id[\(system.rawValue)]"
        case .address(let member): "address.\(member.rawValue)"
        }
    }
}
