/// Turns a listing into text in one of the formats, after `--fields`, `--sort` and `--reverse`.
enum ListingRenderer {
    private static func shown(_ chosen: [Int]?, _ listing: Listing, _ command: String) throws(ShellError) -> [Int] {
        if let chosen { return chosen }
        return try listing.columns(for: listing.defaultKeys, command: command)
    }

    static func render(_ original: Listing, _ context: RenderContext, command: String) throws(ShellError) -> String {
        var listing = original
        if let key = context.sortKey { try listing.sort(by: key, command: command) }
        if context.reverse { listing.records.reverse() }
        let chosen = try context.fields.map { keys throws(ShellError) in try listing.columns(for: keys, command: command) }
        switch context.format {
        case .json:
            let columns = chosen ?? Array(listing.fields.indices)
            let objects = listing.records.map { listing.json(of: $0, columns: columns) }
            let document: JSONValue
            if listing.isSingleObject {
                document = objects.first ?? .null
            } else {
                document = listing.envelope.map { $0(.array(objects)) } ?? .array(objects)
            }
            return document.serialized(pretty: true) + "\n"
        case .ndjson:
            let columns = chosen ?? Array(listing.fields.indices)
            return listing.records.map { listing.json(of: $0, columns: columns).serialized(pretty: false) + "\n" }.joined()
        case .csv:
            let columns = try shown(chosen, listing, command)
            return CSV.document(header: columns.map { listing.fields[$0].key },
                                rows: listing.records.map { record in columns.map { record[$0].machineText } })
        case .plain:
            let columns = try shown(chosen, listing, command)
            return listing.records.map { record in
                columns.map { TerminalText.flatten(record[$0].display(context.times)) }.joined(separator: "\t") + "\n"
            }.joined()
        case .table:
            if chosen == nil, let block = listing.block { return TerminalText.flattenLines(block(context.times)) }
            if listing.records.isEmpty, let note = listing.emptyNote { return note + "\n" }
            let columns = try shown(chosen, listing, command)
            let rows = listing.records.map { record in
                columns.map { TableLayout.Cell(text: TerminalText.flatten(record[$0].display(context.times)), tone: record[$0].tone) }
            }
            var text = TableLayout.render(titles: columns.map { listing.fields[$0].title }, rows: rows,
                                          roles: columns.map { listing.fields[$0].role }, width: context.width, colour: context.colour)
            if let footer = listing.footer { text += TerminalText.flattenLines(footer(context.times)) }
            return text
        }
    }
}
