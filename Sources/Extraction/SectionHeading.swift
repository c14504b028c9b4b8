/// "University of Massachusetts" alone on its line, over "The billionaire X gave $175 million…": a roundup's section
/// heading names the organisation the gifts below it went to.
enum SectionHeading {
    /// The organisation a sentence consists of, when it is a heading: a line of its own holding one company, agency
    /// or fund mention and nothing else (a closing colon allowed), with no full stop.
    static func organisation(_ context: SentenceContext) -> EntityRef? {
        var tokens = context.tokens[...]
        if tokens.last?.isMark(":") == true { tokens = tokens.dropLast() }
        guard !tokens.isEmpty, tokens.count <= 12, tokens.first?.newlineBefore ?? false || tokens.startIndex == 0,
              let only = context.outerMentions.first, context.outerMentions.count == 1,
              only.tokens == tokens.startIndex..<tokens.endIndex, let entity = only.entity,
              [.company, .agency, .fund].contains(entity.kind) else { return nil }
        return entity
    }

    /// How many sentences below its heading a gift still takes it as recipient.
    static let reach = 3
}
