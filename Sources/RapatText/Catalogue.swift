/// The UI catalogues, one per language (`Catalogue+id.swift`, `Catalogue+en.swift`).
public enum Catalogue {}
