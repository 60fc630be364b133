using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests;

/// <summary>Loading a request to decide and the text its case and mails show of it.</summary>
internal static class WorkRequests
{
    public static async Task<WorkRequest> LoadAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken) =>
        WorkRequest.IsValidNumber(number)
            ? await db.WorkRequests.SingleOrDefaultAsync(r => r.Number == number, cancellationToken) ?? throw new NotFoundException()
            : throw new NotFoundException();

    /// <summary>The answers as "label: value" lines in <paramref name="language"/>; multi-line answers below their label.</summary>
    public static string Answers(WorkRequest request, Language language)
    {
        var text = new StringBuilder();
        foreach (var answer in request.Answers.Where(a => a.Value.Japanese.Length > 0))
        {
            text.Append(answer.Label.In(language)).Append(": ");
            if (answer.Kind == FormFieldKind.MultiLine)
                text.AppendLine().AppendLine(answer.Value.In(language));
            else
                text.AppendLine(answer.Value.In(language));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>WR-2: the description of the case an accepted request becomes: the request's number and its answers, in the requester's language.</summary>
    public static string Description(WorkRequest request, Language language)
    {
        var text = $"{request.Number}\n\n{Answers(request, language)}";
        return Text.Truncate(text, Case.DescriptionMax)!;
    }
}
