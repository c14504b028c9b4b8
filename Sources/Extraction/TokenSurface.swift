extension ArraySlice where Element == Token {
    /// The tokens' texts joined with the spacing the article used: a name's surface as written.
    /// Read from the tokens in place: an array of their texts, built and dropped for each name, cost an allocation
    /// and a retain and release of every text.
    func joinedAsWritten() -> String {
        guard let first = indices.first else { return "" }
        // One token (most names the finders try): its text as it is.
        if count == 1 { return self[first].text }
        var bytes = 0
        for k in indices { bytes += self[k].text.utf8.count + (k > first && self[k].spaceBefore ? 1 : 0) }
        var out = ""
        out.reserveCapacity(bytes)
        for k in indices {
            if k > first && self[k].spaceBefore { out += " " }
            out += self[k].text
        }
        return out
    }
}
