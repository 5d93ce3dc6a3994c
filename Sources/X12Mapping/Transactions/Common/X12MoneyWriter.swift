import Canonical
import Foundation
import X12

/// Writes canonical allowances/charges, taxes and payment terms as SAC, TXI and ITD; implied decimals (`N2`) here.
struct X12MoneyWriter {
    let codes: X12CanonicalCodes

    func allowanceCharge(_ item: AllowanceCharge) -> X12OutputSegment {
        let indicator = X12CanonicalCodes.code(for: item.indicator.rawValue, in: self.codes.allowanceChargeIndicators,
                                               keeping: nil, fallback: "N") ?? "N"
        var elements: [X12Element] = [X12Element(indicator), X12Element(item.code ?? ""), "", "",
                                      X12Element(item.amount.map { X12Format.implied($0.amount, decimals: 2) } ?? "")]
        if let percent = item.percent { elements += ["3", X12Element(X12Format.decimal(percent))] }
        if let description = item.description {
            while elements.count < 14 { elements.append(.empty) }
            elements.append(X12Element(description))
        }
        return X12OutputSegment("SAC", elements)
    }

    /// SAC segments, each followed by a CUR when its amount is in another currency than the document's.
    func allowancesCharges(_ items: [AllowanceCharge], documentCurrency: CurrencyCode?) -> [X12OutputSegment] {
        items.flatMap { item -> [X12OutputSegment] in
            var segments = [self.allowanceCharge(item)]
            if let currency = item.amount?.currency, currency != documentCurrency {
                segments.append(X12OutputSegment("CUR", ["BY", X12Element(currency.rawValue)]))
            }
            return segments
        }
    }

    func tax(_ tax: Tax) -> X12OutputSegment {
        let code = X12CanonicalCodes.code(for: tax.type.rawValue, in: self.codes.taxTypes, keeping: tax.sourceCode,
                                          fallback: "ZZ") ?? "ZZ"
        return X12OutputSegment("TXI", [
            X12Element(code), X12Element(tax.amount.map { X12Format.decimal($0.amount) } ?? ""),
            X12Element(tax.percent.map(X12Format.decimal) ?? ""), tax.jurisdiction == nil ? "" : "VD",
            X12Element(tax.jurisdiction ?? ""),
        ])
    }

    func paymentTerms(_ terms: PaymentTerms) -> X12OutputSegment {
        let type = terms.type.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.termsTypes, keeping: terms.sourceCode)
        } ?? terms.sourceCode ?? ""
        let basis = terms.basisDate.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.termsBasisDates, keeping: nil)
        } ?? ""
        return X12OutputSegment("ITD", [
            X12Element(type), X12Element(basis), X12Element(terms.discountPercent.map(X12Format.decimal) ?? ""),
            X12Element(terms.discountDueDate.map(X12Format.date) ?? ""),
            X12Element(terms.discountDays.map(String.init) ?? ""), X12Element(terms.netDueDate.map(X12Format.date) ?? ""),
            X12Element(terms.netDays.map(String.init) ?? ""),
            X12Element(terms.discountAmount.map { X12Format.implied($0.amount, decimals: 2) } ?? ""), "", "", "",
            X12Element(terms.description ?? ""),
        ])
    }
}
