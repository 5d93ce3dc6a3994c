import Foundation
import Store
import WharfTestSupport

/// A fresh SQLite store in a temporary folder.
struct StoreFixture {
    let folder: TemporaryFolder
    let store: SQLiteMessageStore

    init(_ label: String) throws {
        self.folder = try TemporaryFolder(label)
        self.store = try SQLiteMessageStore(path: self.folder.url.appendingPathComponent("store/wharf.sqlite").path)
    }

    /// An inbound X12-like intake from `partner` on the `inbox` channel.
    static func intake(_ text: String, partner: String = "acme", remote: String? = nil, controlKey: String? = nil,
                       at seconds: Double = 1_000) -> Intake {
        Intake(bytes: Array(text.utf8), partner: partner, channel: "inbox", transport: "directory", remote: remote,
               format: "x12", messageType: "850", controlKey: controlKey,
               receivedAt: Date(timeIntervalSince1970: seconds))
    }

    static func time(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }
}
