import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Transport

extension DeliveryError {
    /// The error for a receiver's answer, or `nil` when it accepted the message (2xx).
    ///
    /// 408, 429 and 5xx may succeed later (`Retry-After` honoured); any other status is a permanent refusal whose
    /// message keeps the start of the answer when it is text.
    package static func answered(status: Int, headers: HTTPHeaders, bodyPrefix: [UInt8],
                                 now: Date = Date()) -> DeliveryError? {
        switch status {
        case 200..<300:
            return nil
        case 408, 429, 500..<600:
            let retryAfter = headers.first(name: "Retry-After").flatMap { RetryAfter.seconds(from: $0, now: now) }
            return DeliveryError(retryable: true, status: status, retryAfter: retryAfter,
                                 "receiver answered HTTP \(status)")
        default:
            var message = "receiver refused the message with HTTP \(status)"
            if (300..<400).contains(status) {
                message += " (redirects are not followed)"
            }
            if let excerpt = ResponseExcerpt.text(bodyPrefix) {
                message += "; response body: \(excerpt)"
            }
            return DeliveryError(retryable: false, status: status, message)
        }
    }

    /// The error for an attempt that got no answer: network failures and timeouts may succeed later; a rejected TLS
    /// handshake or an invalid request will not.
    package static func failed(_ error: any Error) -> DeliveryError {
        if let error = error as? DeliveryError {
            return error
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .deadlineExceeded, .readTimeout, .writeTimeout, .tlsHandshakeTimeout,
                 .getConnectionFromPoolTimeout:
                return DeliveryError(retryable: true, "no answer in time (\(error))")
            case .remoteConnectionClosed, .cancelled, .uncleanShutdown:
                return DeliveryError(retryable: true, "connection lost before an answer (\(error))")
            default:
                return DeliveryError(retryable: false, "request could not be sent (\(error))")
            }
        }
        if case NIOSSLError.uncleanShutdown = error {
            return DeliveryError(retryable: true, "connection lost before an answer (TLS unclean shutdown)")
        }
        if error is NIOSSLError || error is BoringSSLError {
            return DeliveryError(retryable: false,
                                 "TLS failed (\(Self.tlsReason(error))); check the certificates and trust roots")
        }
        if error is NIOConnectionError || error is IOError || error is ChannelError {
            return DeliveryError(retryable: true, "connection failed (\(error))")
        }
        if error is CancellationError {
            return DeliveryError(retryable: true, "delivery cancelled")
        }
        return DeliveryError(retryable: true, "delivery failed (\(type(of: error)))")
    }

    /// BoringSSL's reason (`CERTIFICATE_VERIFY_FAILED`, `TLSV1_ALERT_CERTIFICATE_REQUIRED`) without its source path.
    private static func tlsReason(_ error: any Error) -> String {
        let text = String(describing: error)
        guard let marker = text.range(of: "OPENSSL_internal:") else { return text }
        return String(text[marker.upperBound...].prefix { $0 != " " && $0 != "]" })
    }
}
