using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Knowledge;

/// <summary>Who sends which knowledge request (SPEC §2, §7).</summary>
public static class KnowledgeActors
{
    /// <summary>KB-1..3: everyone signed in reads; what a customer sees is narrowed by the "Service" filter and to published articles.</summary>
    public const Roles Readers = Roles.SignedIn;

    /// <summary>KB-4, AGT-2: the provider's staff write, publish and retire articles.</summary>
    public const Roles Authors = Roles.Staff;

    public static bool IsAuthor(ICurrentUser user) => (user.Role & Authors) != 0;
}
