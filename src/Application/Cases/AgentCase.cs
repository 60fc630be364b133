using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases;

/// <summary>AGT-1: what the agent's case commands share besides <see cref="CaseChanges"/>: who may send them and who acts.</summary>
internal static class AgentCase
{
    public const Roles Actors = CaseActors.Agents;

    public static Guid AgentId(ICurrentUser user) => user.ContactId ?? throw new UnauthenticatedException();
}
