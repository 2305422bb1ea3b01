import Foundation

/// Why a meeting file or settings file could not be used, with what to do about it.
public enum StoreError: Error, Equatable, Sendable {
    case meetingFileNotFound(path: String)
    case meetingFileExists(path: String)
    case notAMeetingFile(path: String, reason: String)
    case newerFormat(path: String, version: Int)
    case lockedByAnotherProcess(path: String, holder: String)
    case cannotLock(path: String, reason: String)
    case database(path: String, reason: String)
    case settingsFileExists(path: String)
    case settingsNotFound(path: String)
    case settings(path: String, line: Int?, problem: String, fix: String)
    case unreadableFile(path: String, reason: String)
    /// A writer was asked for a file it cannot append to (read-only file, folder or medium).
    case readOnlyMeetingFile(path: String, reason: String)
    /// The hash chain no longer holds: nothing more may be appended to it.
    case brokenJournal(path: String, problem: String)
    /// A sender's command id is already in the journal for a command with other content.
    case commandIDReused(path: String, id: String, sequence: Int64)
    /// A copy (`rapat salin`) could not be made or did not verify.
    case copyFailed(path: String, reason: String)

    public var message: String {
        switch self {
        case let .meetingFileNotFound(path):
            return "\(path): berkas rapat tidak ditemukan: buat dulu dengan `rapat init`, atau tunjuk berkasnya dengan --file."
        case let .meetingFileExists(path):
            return "\(path): berkas rapat sudah ada: pilih nama lain dengan --file; berkas lama tidak ditimpa."
        case let .notAMeetingFile(path, reason):
            return "\(path): bukan berkas rapat Rapat: \(reason). Periksa nama berkasnya (--file); berkas rapat baru "
                + "hanya dibuat oleh `rapat init`."
        case let .newerFormat(path, version):
            return "\(path): dibuat oleh versi Rapat yang lebih baru (format \(version)): perbarui aplikasi Rapat."
        case let .lockedByAnotherProcess(path, holder):
            return "\(path): sedang dibuka untuk menulis oleh \(holder): tutup proses itu dulu; "
                + "satu berkas rapat hanya boleh ditulis oleh satu proses."
        case let .cannotLock(path, reason):
            return "\(path): tidak bisa dikunci untuk menulis (\(reason)): periksa izin folder."
        case let .database(path, reason):
            return "\(path): galat basis data: \(reason)"
        case let .settingsFileExists(path):
            return "\(path): berkas pengaturan sudah ada: tidak ditimpa; sunting berkas itu atau hapus dulu."
        case let .settingsNotFound(path):
            return "\(path): berkas pengaturan koperasi tidak ditemukan: buat dengan `rapat init` atau tunjuk dengan --settings."
        case let .settings(path, line, problem, fix):
            let location = line.map { "\(path):\($0)" } ?? path
            return "\(location): \(problem): \(fix)"
        case let .unreadableFile(path, reason):
            return "\(path): tidak bisa dibaca (\(reason))."
        case let .readOnlyMeetingFile(path, reason):
            return "\(path): tidak bisa ditulis (\(reason)): rapat tidak dapat dicatat di berkas ini. Untuk membaca saja pakai "
                + "`rapat lihat`, `rapat verify` atau `rapat docs`; untuk melanjutkan rapat, salin dulu ke folder yang bisa "
                + "ditulis dengan `rapat salin`."
        case let .brokenJournal(path, problem):
            return "\(path): jurnal rapat RUSAK, \(problem). Tidak ada yang ditambahkan ke rantai yang rusak: jalankan "
                + "`rapat verify --file \(path)` untuk rinciannya, lalu lanjutkan dari salinan yang utuh."
        case let .commandIDReused(_, id, sequence):
            return "id \"\(id)\" sudah dipakai untuk perintah lain (peristiwa #\(sequence)): perintah ini TIDAK dicatat; "
                + "beri setiap perintah id yang baru."
        case let .copyFailed(path, reason):
            return "\(path): salinan tidak dibuat (\(reason))."
        }
    }
}

extension StoreError: CustomStringConvertible {
    public var description: String { message }
}
