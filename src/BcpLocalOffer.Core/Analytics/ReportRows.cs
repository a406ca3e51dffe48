namespace BcpLocalOffer.Core.Analytics;

/// <summary>A count for one month (its first day).</summary>
public sealed record MonthCount(DateOnly Month, int Count);

/// <summary>A page (or link target) and how often it was used.</summary>
public sealed record PathCount(string Path, int Count);

/// <summary>"You said – We did" in one month: entry page views and click-throughs from entries.</summary>
public sealed record YouSaidWeDidMonth(DateOnly Month, int EntryViews, int ClickThroughs);

/// <summary>Searches in one month, and how many of them found nothing.</summary>
public sealed record SearchMonth(DateOnly Month, int Searches, int FoundNothing);

/// <summary>Words searched for and how often.</summary>
public sealed record QueryCount(string Query, int Count);

/// <summary>A link followed: to another page here, to another site or a download.</summary>
public sealed record LinkCount(EventKind Kind, string Target, int Count);
