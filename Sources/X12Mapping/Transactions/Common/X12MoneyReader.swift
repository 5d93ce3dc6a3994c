import Canonical
import Foundation
import X12

/// Reads the money segments (SAC, TXI, ITD) into canonical allowances/charges, taxes and payment terms; implied
/// decimals (`N2`) are converted here.
struct X12MoneyReader {
    let codes: X12CanonicalCodes

    /// SAC: indicator, code, amount (SAC05, N2), percent (SAC07), description (SAC15).
    func allowanceCharge(_ fields: X12Fields, currency: CurrencyCode?) -> AllowanceCharge {
        let indicator = fields.text(1) ?? ""
        return AllowanceCharge(
            indicator: AllowanceChargeIndicator(rawValue: self.codes.allowanceChargeIndicators[indicator] ?? "x12:\(indicator)"),
            code: fields.text(2),
            amount: fields.implied(5, decimals: 2).map { Money($0, currency) },
            percent: fields.decimal(7),
            description: fields.text(15))
    }

    /// TXI: type (TXI01), amount (TXI02, R), percent (TXI03), jurisdiction (TXI05).
    func tax(_ fields: X12Fields, currency: CurrencyCode?) -> Tax {
        let code = fields.text(1) ?? ""
        return Tax(type: TaxType(rawValue: self.codes.taxTypes[code] ?? "other"), sourceCode: code.isEmpty ? nil : code,
                   amount: fields.decimal(2).map { Money($0, currency) },
                   percent: fields.decimal(3), jurisdiction: fields.text(5))
    }

    /// ITD: terms type and basis, discount percent/date/days, net date/days, discount amount (ITD08, N2), text.
    func paymentTerms(_ fields: X12Fields, currency: CurrencyCode?) -> PaymentTerms {
        let type = fields.text(1)
        return PaymentTerms(
            type: type.map { PaymentTermsType(rawValue: self.codes.termsTypes[$0] ?? "other") }, sourceCode: type,
            basisDate: fields.text(2).map {
                PaymentTermsBasisDate(rawValue: self.codes.termsBasisDates[$0] ?? "other")
            },
            discountPercent: fields.decimal(3), discountDueDate: fields.date(4),
            discountDays: fields.text(5).flatMap { Int($0) },
            discountAmount: fields.implied(8, decimals: 2).map { Money($0, currency) },
            netDueDate: fields.date(6), netDays: fields.text(7).flatMap { Int($0) },
            description: fields.text(12))
    }
}
