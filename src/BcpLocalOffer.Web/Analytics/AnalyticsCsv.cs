using System.Globalization;
using System.Text;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Web.ImprovementPlan;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// Each dashboard view as CSV for scorecards. Cells go through the improvement plan's formula-safe
/// <see cref="PlanOpenData.Cell"/>, so words someone searched for can never run as a spreadsheet formula.
/// </summary>
public static class AnalyticsCsv
{
    public static readonly IReadOnlyList<string> Views = ["page-views", "top-pages", "you-said-we-did", "searches", "searches-found-nothing", "links", "page-usefulness", "feedback-by-topic"];

    public static byte[] For(string view, AnalyticsDashboard dashboard)
    {
        var csv = new StringBuilder();
        void Row(params string[] cells) => csv.AppendJoin(',', cells.Select(PlanOpenData.Cell)).Append("\r\n");
        string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        string M(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        switch (view)
        {
            case "page-views":
                Row("month", "page_views");
                dashboard.PageViews.ToList().ForEach(m => Row(M(m.Month), N(m.Count)));
                break;
            case "top-pages":
                Row("path", "title", "page_views");
                dashboard.TopPages.ToList().ForEach(p => Row(p.Path, p.Title ?? "", N(p.Count)));
                break;
            case "you-said-we-did":
                Row("month", "entry_views", "click_throughs");
                dashboard.YouSaidWeDid.ToList().ForEach(m => Row(M(m.Month), N(m.EntryViews), N(m.ClickThroughs)));
                Row("trend", dashboard.EntryViewTrend.Describe(), dashboard.ClickThroughTrend.Describe());
                break;
            case "searches":
                Row("month", "searches", "found_nothing");
                dashboard.Searches.ToList().ForEach(m => Row(M(m.Month), N(m.Searches), N(m.FoundNothing)));
                break;
            case "searches-found-nothing":
                Row("search_words", "times");
                dashboard.SearchesFoundNothing.ToList().ForEach(q => Row(q.Query, N(q.Count)));
                break;
            case "links":
                Row("kind", "target", "clicks");
                dashboard.Links.ToList().ForEach(l => Row(AnalyticsDashboard.LinkKind(l.Kind), l.Target, N(l.Count)));
                break;
            case "page-usefulness":
                Row("path", "yes", "no", "percent_yes");
                dashboard.Usefulness.ToList().ForEach(p => Row(p.PagePath, N(p.Yes), N(p.No), N(p.PercentYes)));
                break;
            case "feedback-by-topic":
                Row("topic", "comments");
                dashboard.FeedbackByTopic.ToList().ForEach(t => Row(t.Topic, N(t.Count)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(view), view, "Not a dashboard view");
        }

        // A byte-order mark so spreadsheet programs read the text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
