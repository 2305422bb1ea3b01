// The UI catalogue in English: every key of the Indonesian catalogue, same `{name}` placeholders.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let english: KeyValuePairs<String, String> = [
        "language.name": "English",

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
