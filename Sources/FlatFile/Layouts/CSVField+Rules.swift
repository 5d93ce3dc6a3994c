import Canonical

extension CSVField {
    /// The type of the canonical member: the column type used when a layout names none.
    public var valueType: CSVValueType {
        switch self {
        case .document(let field): field.valueType
        case .line(let field): field.valueType
        }
    }

    /// Whether the field exists in documents of `kind`.
    public func isAllowed(in kind: CanonicalDocument.Kind) -> Bool {
        switch self {
        case .document(let field): field.isAllowed(in: kind)
        case .line(let field): field.isAllowed(in: kind)
        }
    }

    /// The fields a layout for `kind` must fill (by a column or a constant), because the canonical document cannot
    /// exist without them.
    public static func required(for kind: CanonicalDocument.Kind) -> [CSVField] {
        switch kind {
        case .order: [.document(.orderNumber), .line(.quantity), .line(.unit)]
        case .invoice: [.document(.invoiceNumber), .line(.quantity), .line(.unit)]
        case .orderResponse: [.document(.orderNumber), .document(.type)]
        case .shipNotice: [.document(.shipmentNumber)]
        case .consumption: [.document(.kind), .line(.quantity), .line(.unit)]
        case .itemMaster, .functionalAcknowledgment: []
        }
    }

    /// True for quantities, which take their unit from `line.unit`.
    var needsUnit: Bool {
        switch self {
        case .line(.quantity), .line(.orderedQuantity), .line(.confirmedQuantity), .line(.statusQuantity),
             .line(.quantityShipped), .line(.quantityOrdered):
            true
        default:
            false
        }
    }
}

extension CSVField.Document {
    var valueType: CSVValueType {
        switch self {
        case .orderDate, .responseDate, .noticeDate, .invoiceDate, .issueDate, .transactionDate, .date: .date
        case .kind, .purpose, .type, .currency: .code
        case .totalAmount, .totals: .decimal
        case .paymentTerms(let member):
            switch member {
            case .netDays, .discountDays: .integer
            case .discountPercent: .decimal
            case .description: .text
            }
        case .transport(let member): member == .packageCount ? .integer : .text
        default: .text
        }
    }

    func isAllowed(in kind: CanonicalDocument.Kind) -> Bool {
        switch self {
        case .orderNumber, .orderDate: [.order, .orderResponse, .invoice].contains(kind)
        case .responseNumber, .responseDate, .sourceCode: kind == .orderResponse
        case .shipmentNumber, .noticeDate: kind == .shipNotice
        case .invoiceNumber, .invoiceDate, .totals: kind == .invoice
        case .catalogNumber, .issueDate: kind == .itemMaster
        case .transactionNumber, .transactionDate, .kind, .location, .department, .patient: kind == .consumption
        case .purpose: kind != .consumption && kind != .functionalAcknowledgment
        case .party, .reference, .note: kind != .functionalAcknowledgment
        case .type: [.order, .orderResponse, .invoice].contains(kind)
        case .currency: [.order, .orderResponse, .invoice, .itemMaster].contains(kind)
        case .totalAmount: kind == .order
        case .paymentTerms: kind == .order || kind == .invoice
        case .transport: [.order, .shipNotice, .invoice].contains(kind)
        case .date: kind != .consumption && kind != .functionalAcknowledgment
        }
    }
}

extension CSVField.Line {
    var valueType: CSVValueType {
        switch self {
        case .quantity, .price, .amount, .orderedQuantity, .orderedPrice, .confirmedQuantity, .confirmedPrice,
             .statusQuantity, .quantityShipped, .quantityOrdered, .packaging:
            .decimal
        case .unit, .priceBasis, .priceCurrency, .status: .code
        case .expirationDate, .manufactureDate, .transactionDate, .date: .date
        default: .text
        }
    }

    func isAllowed(in kind: CanonicalDocument.Kind) -> Bool {
        switch self {
        case .lineNumber: kind != .itemMaster && kind != .functionalAcknowledgment
        case .item, .description, .unit, .reference: kind != .functionalAcknowledgment
        case .quantity: [.order, .invoice, .consumption].contains(kind)
        case .price, .priceBasis: [.order, .invoice, .consumption, .itemMaster].contains(kind)
        case .priceCurrency: [.order, .invoice, .consumption].contains(kind)
        case .amount: kind == .invoice || kind == .consumption
        case .orderedQuantity: kind == .orderResponse || kind == .invoice
        case .orderedPrice, .confirmedQuantity, .confirmedPrice, .statusSourceCode, .statusQuantity:
            kind == .orderResponse
        case .status: kind == .orderResponse || kind == .itemMaster
        case .orderLineNumber: kind == .invoice
        case .quantityShipped, .quantityOrdered, .sscc, .orderNumber, .manufactureDate: kind == .shipNotice
        case .lot, .serialNumber, .expirationDate: kind == .shipNotice || kind == .consumption
        case .transactionDate: kind == .consumption
        case .date: [.order, .orderResponse, .invoice, .shipNotice, .itemMaster].contains(kind)
        case .note: kind != .shipNotice && kind != .functionalAcknowledgment
        case .packaging, .vendor, .manufacturer: kind == .itemMaster
        case .party: kind == .order
        }
    }
}
