import TerminalUI

extension KeyMap {
    /// The bindings that act on `screen`, in key-map order: those applying there, less any whose every key an earlier
    /// binding takes first (`intent(for:)` picks the first match), so the help never lists a key for what it does not do.
    public static func effective(on screen: AppScreen) -> [KeyBinding] {
        var taken: Set<Key> = []
        var shown: [KeyBinding] = []
        for binding in desk where binding.applies(on: screen) {
            if !binding.keys.allSatisfy(taken.contains) { shown.append(binding) }
            taken.formUnion(binding.keys)
        }
        return shown
    }
}
