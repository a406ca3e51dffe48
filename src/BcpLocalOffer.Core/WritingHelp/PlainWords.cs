namespace BcpLocalOffer.Core.WritingHelp;

/// <summary>
/// Words that make a page harder for a family to read, with plainer ones, from the GOV.UK content
/// guidance's "words to avoid" and the Plain English Campaign's A to Z of alternative words.
/// </summary>
public static class PlainWords
{
    public static IReadOnlyDictionary<string, string> Alternatives { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["utilise"] = "use",
        ["utilize"] = "use",
        ["utilisation"] = "use",
        ["facilitate"] = "help, make possible",
        ["commence"] = "start, begin",
        ["terminate"] = "end, stop",
        ["endeavour"] = "try",
        ["ascertain"] = "find out",
        ["prior to"] = "before",
        ["in order to"] = "to",
        ["in respect of"] = "about, for",
        ["with regard to"] = "about",
        ["in accordance with"] = "under, as the rules say",
        ["subsequently"] = "later, then",
        ["sufficient"] = "enough",
        ["approximately"] = "about",
        ["assist"] = "help",
        ["assistance"] = "help",
        ["additional"] = "extra, more",
        ["obtain"] = "get",
        ["require"] = "need",
        ["requirement"] = "need",
        ["purchase"] = "buy",
        ["consequently"] = "so",
        ["notwithstanding"] = "even if, despite",
        ["whilst"] = "while",
        ["amongst"] = "among",
        ["deliver"] = "give, provide, run (unless it is post or a baby)",
        ["empower"] = "let, help",
        ["leverage"] = "use",
        ["robust"] = "strong, well thought out",
        ["streamline"] = "simplify",
        ["stakeholder"] = "the people or groups you mean",
        ["going forward"] = "from now on, in future",
        ["in the event of"] = "if",
        ["at this point in time"] = "now",
        ["a number of"] = "some, several",
        ["pertaining to"] = "about",
        ["expedite"] = "speed up",
        ["remuneration"] = "pay",
        ["reside"] = "live",
        ["residence"] = "home",
        ["indicate"] = "show, say",
        ["ensure"] = "make sure",
        ["signpost"] = "point to, tell you about",
        ["holistic"] = "whole, all of",
        ["co-produce"] = "work out together with",
    };
}
