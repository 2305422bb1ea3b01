// Screens measure and escape text with the same rules as the documents.
@_exported import TextLayout
