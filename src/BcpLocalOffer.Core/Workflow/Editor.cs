namespace BcpLocalOffer.Core.Workflow;

/// <summary>Who is acting, as the workflow rules need to know them: an id and what their role lets them do.</summary>
public sealed record Editor(string Id, bool CanPublish, bool IsAdministrator = false);
