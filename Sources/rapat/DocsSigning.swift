import Foundation
import RapatDocuments
import RapatStore

/// Which key `rapat docs` signs with: `--kunci PATH`, else `kunci-rapat.key` in the settings file's folder when it
/// exists, else none (the documents are written unsigned and the berita acara omits the key line).
enum DocsSigning {
    static func defaultKeyPath(settings: String) -> String {
        let folder = (settings as NSString).deletingLastPathComponent
        return folder.isEmpty ? MinisignKeyFiles.secretName : (folder as NSString).appendingPathComponent(MinisignKeyFiles.secretName)
    }

    /// The key to sign with, checked: readable, not inside the documents folder, and paired with the `.pub` beside it.
    static func key(explicit: String?, settings: String, output: String) throws(SigningError) -> (MinisignSecretKey, String)? {
        let path: String
        if let explicit {
            path = explicit
        } else {
            path = defaultKeyPath(settings: settings)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
        }
        let keyFolder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent().path
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if keyFolder == outputFolder || keyFolder.hasPrefix(outputFolder + "/") {
            throw .keyInsideOutput(path: path, output: output)
        }
        let key = try MinisignSecretKey.load(from: path)
        let publicPath = (path as NSString).deletingPathExtension + ".pub"
        if FileManager.default.fileExists(atPath: publicPath) {
            let published = try MinisignPublicKey.load(from: publicPath)
            guard published == key.publicKey else {
                throw .keyMismatch(secretPath: path, publicPath: publicPath, secretID: "\(key.keyID)", publicID: "\(published.keyID)")
            }
        }
        return (key, path)
    }
}
