namespace BcpLocalOffer.Core.Workflow;

/// <summary>Where a version is on its way to the public: Draft → Submitted → Approved, or back with changes requested.</summary>
public enum WorkflowState
{
    Draft,
    Submitted,
    ChangesRequested,
    Approved,
}
