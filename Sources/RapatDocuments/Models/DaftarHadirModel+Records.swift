import RapatCore

extension DaftarHadirModel {
    /// A member present, numbered in its list, as the templates see it (`{{#anggota}}…{{/anggota}}`).
    struct PresentRecord: TemplateRecord {
        let no: Int
        let row: Row
        let columns: DaftarHadirLines.TextColumns

        static let fieldNames = ["no", "nomor", "nama", "lp", "unit", "status", "datang", "keluar", "interval", "keterangan",
                                 "ada_keterangan", "baris_txt", "baris_md", "baris_html"]

        func child(named name: String) -> Any? {
            switch name {
            case "no": no
            case "nomor": row.number.rawValue
            case "nama": row.name
            case "lp": row.gender
            case "unit": row.unit
            case "status": row.status
            case "datang": row.arrived
            case "keluar": row.left
            case "interval": row.intervals
            case "keterangan": row.keterangan
            case "ada_keterangan": !row.keterangan.isEmpty
            case "baris_txt": DaftarHadirLines.txt(no, row, columns)
            case "baris_md": DaftarHadirLines.md(no, row)
            case "baris_html": DaftarHadirLines.html(no, row)
            default: nil
            }
        }
    }

    /// A member of the register not present (`{{#tidak_hadir}}…{{/tidak_hadir}}`).
    struct AbsentRecord: TemplateRecord {
        let no: Int
        let absentee: Absentee
        let columns: DaftarHadirLines.TextColumns

        static let fieldNames = ["no", "nomor", "nama", "unit", "status", "baris_txt", "baris_md", "baris_html"]

        func child(named name: String) -> Any? {
            switch name {
            case "no": no
            case "nomor": absentee.number.rawValue
            case "nama": absentee.name
            case "unit": absentee.unit
            case "status": absentee.status
            case "baris_txt": DaftarHadirLines.absentTxt(no, absentee, columns)
            case "baris_md": DaftarHadirLines.absentMd(no, absentee)
            case "baris_html": DaftarHadirLines.absentHtml(no, absentee)
            default: nil
            }
        }
    }
}
