import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Plain HTTP requests for synchronous tests (blocking on URLSession's own threads, never Swift's pool).
public enum BlockingHTTP {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    /// Sends one request and waits up to `timeout` seconds for the answer.
    public static func request(_ method: String, _ url: String, body: [UInt8]? = nil,
                               headers: [String: String] = [:], timeout: TimeInterval = 30) throws -> Response {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body.map { Data($0) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response as? HTTPURLResponse, error: error)
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + timeout + 5) == .success else { throw URLError(.timedOut) }
        return try box.result()
    }
}

private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: HTTPURLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: HTTPURLResponse?, error: (any Error)?) {
        self.lock.withLock { (self.data, self.response, self.error) = (data, response, error) }
    }

    func result() throws -> BlockingHTTP.Response {
        try self.lock.withLock {
            if let error = self.error { throw error }
            guard let response = self.response else { throw URLError(.badServerResponse) }
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields { headers["\(key)".lowercased()] = "\(value)" }
            return BlockingHTTP.Response(status: response.statusCode, headers: headers,
                                         body: String(decoding: self.data ?? Data(), as: UTF8.self))
        }
    }
}
