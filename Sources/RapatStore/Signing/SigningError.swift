import Foundation
import RapatText

/// Why a signing key could not be made, read or used, naming the file and what to do about it.
public enum SigningError: Error, Equatable, Sendable {
    case keyFileExists(path: String)
    case cannotWrite(path: String, reason: String)
    case keyNotFound(path: String)
    case notASecretKey(path: String, problem: String)
    case encryptedSecretKey(path: String)
    case damagedSecretKey(path: String, problem: String)
    case notAPublicKey(path: String, problem: String)
    case keyMismatch(secretPath: String, publicPath: String, secretID: String, publicID: String)
    case keyInsideOutput(path: String, output: String)
    case badComment(problem: String)
    case library(step: String)

    public var message: String {
        switch self {
        case let .keyFileExists(path):
            return tr("store.sign.keyFileExists", ["path": path])
        case let .cannotWrite(path, reason):
            return tr("store.sign.cannotWrite", ["path": path, "reason": reason])
        case let .keyNotFound(path):
            return tr("store.sign.keyNotFound", ["path": path])
        case let .notASecretKey(path, problem):
            return tr("store.sign.notASecretKey", ["path": path, "problem": problem])
        case let .encryptedSecretKey(path):
            return tr("store.sign.encrypted", ["path": path])
        case let .damagedSecretKey(path, problem):
            return tr("store.sign.damaged", ["path": path, "problem": problem])
        case let .notAPublicKey(path, problem):
            return tr("store.sign.notAPublicKey", ["path": path, "problem": problem])
        case let .keyMismatch(secretPath, publicPath, secretID, publicID):
            return tr("store.sign.mismatch", ["secret": secretPath, "secretID": secretID, "public": publicPath, "publicID": publicID])
        case let .keyInsideOutput(path, output):
            return tr("store.sign.keyInsideOutput", ["path": path, "output": output])
        case let .badComment(problem):
            return tr("store.sign.badComment", ["problem": problem])
        case let .library(step):
            return tr("store.sign.library", ["step": step])
        }
    }
}

extension SigningError: CustomStringConvertible {
    public var description: String { message }
}

extension SigningError {
    init(_ failure: LibCrypto.Failure) { self = .library(step: failure.step) }
}
