using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.Queries.GetCase;

/// <summary>
/// CASE-8: an attachment as the case page lists it; the SHA-256 lets staff check a download, and is null
/// for customers (<see cref="CaseActions.ReadFileHashes"/>).
/// </summary>
public sealed record CaseAttachmentItem(Guid Id, string FileName, long Length, string? Sha256, string UploadedBy, bool ByAgent,
    DateTimeOffset UploadedAt);

/// <summary>The attachments of the case(s) in <c>cases</c>, newest first, with the uploader's name and, if asked, the hash.</summary>
internal static class CaseAttachmentList
{
    public static async Task<IReadOnlyList<CaseAttachmentItem>> ReadAsync(IApplicationDbContext db, IQueryable<Case> cases,
        bool withHashes, CancellationToken cancellationToken)
    {
        var rows = await (from a in cases.SelectMany(c => c.Attachments)
                          join u in db.Contacts on a.UploadedById equals u.Id into uploaders
                          from u in uploaders.DefaultIfEmpty()
                              // An agent's upload: its name, though staff are outside the customer's company.
                          join s in db.StaffContacts() on a.UploadedById equals s.Id into staff
                          from s in staff.DefaultIfEmpty()
                          select new
                          {
                              a.Id,
                              a.FileName,
                              a.Length,
                              Sha256 = withHashes ? a.Sha256 : null,
                              a.UploadedAt,
                              FirstName = s != null ? s.FirstName : u == null ? null : u.FirstName,
                              LastName = s != null ? s.LastName : u == null ? null : u.LastName,
                              ByAgent = s != null,
                          }).ToListAsync(cancellationToken);
        return
        [
            .. rows.OrderByDescending(r => r.UploadedAt).ThenBy(r => r.FileName, StringComparer.Ordinal)
                .Select(r => new CaseAttachmentItem(r.Id, r.FileName, r.Length, r.Sha256,
                    r.LastName is null ? string.Empty : Contact.FormatName(r.FirstName, r.LastName),
                    r.ByAgent, r.UploadedAt)),
        ];
    }
}
