import Partners
import Store

/// Control numbers from the message store's sequences: one sequence per partner and kind, shared by every
/// translation and every instance that shares the store, never reused across restarts.
public struct StoreControlNumbers: ControlNumberSequence {
    let store: any MessageStore

    public init(store: any MessageStore) { self.store = store }

    public func next(_ kind: ControlNumberKind, partner: String, count: Int) throws(ControlNumberError) -> Int {
        do {
            return try self.store.nextSequenceValue("\(partner).\(kind.rawValue)", count: count, maximum: kind.maximum)
        } catch {
            throw ControlNumberError(message: "cannot assign a \(kind.rawValue) control number for \(partner): \(error.message)")
        }
    }
}
