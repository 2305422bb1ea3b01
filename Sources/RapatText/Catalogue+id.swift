// The UI catalogue in Bahasa Indonesia: the UI's own language and the fallback for any missing key.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let indonesian: KeyValuePairs<String, String> = [
        "language.name": "Bahasa Indonesia",

        // MARK: - core
        // END core


        // MARK: - store
        // END store


        // MARK: - keys
        // END keys


        // MARK: - shell
        // END shell


        // MARK: - flow
        // END flow


        // MARK: - desk
        // END desk


        // MARK: - agenda
        // END agenda


        // MARK: - voting
        // END voting


        // MARK: - shu
        // END shu


        // MARK: - documents
        // END documents


        // MARK: - review
        // END review


        // MARK: - messages
        // END messages


        // MARK: - cli
        // END cli


    ]
}
