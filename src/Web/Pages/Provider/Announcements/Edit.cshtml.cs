using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Announcements.Commands.CreateAnnouncement;
using Portal.Application.Announcements.Commands.DeleteAnnouncement;
using Portal.Application.Announcements.Commands.EditAnnouncement;
using Portal.Application.Announcements.Queries.GetAnnouncementForm;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.Announcements;

/// <summary>The announcement form as typed: titles, the window in the author's time zone, the article's number.</summary>
public sealed class AnnouncementInput
{
    public string? TitleJa { get; set; }

    public string? TitleEn { get; set; }

    public DateTime? DisplayFrom { get; set; }

    public DateTime? DisplayTo { get; set; }

    public string? ArticleNumber { get; set; }

    public static AnnouncementInput From(AnnouncementForm form) => new()
    {
        TitleJa = form.TitleJa,
        TitleEn = form.TitleEn,
        DisplayFrom = form.DisplayFrom,
        DisplayTo = form.DisplayTo,
        ArticleNumber = form.ArticleNumber,
    };
}

/// <summary>
/// ANN-1, AGT-2: the staff write an announcement or change one (with the version shown, NFR-4), and delete it after a
/// confirmation. A refused form keeps what was typed; a stale one shows the announcement as it is now beside it.
/// </summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The announcement as stored (or the blank form): its id, version, state and the author's time zone.</summary>
    public AnnouncementForm Form { get; private set; } = null!;

    public AnnouncementInput Input { get; private set; } = new();

    /// <summary>Set when a colleague changed the announcement since this form was shown: what it says now.</summary>
    public AnnouncementForm? Current { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetAnnouncementForm(id), cancellationToken);
        Input = AnnouncementInput.From(Form);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, long version, [Bind(Prefix = nameof(Input))] AnnouncementInput input,
        CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the use case's validator names every missing or malformed field, in the user's language
        Input = input;
        try
        {
            if (id is { } existing)
                await sender.Send(new EditAnnouncement(existing, version, input.TitleJa ?? "", input.TitleEn ?? "", input.DisplayFrom,
                    input.DisplayTo, input.ArticleNumber), cancellationToken);
            else
                await sender.Send(new CreateAnnouncement(input.TitleJa ?? "", input.TitleEn ?? "", input.DisplayFrom, input.DisplayTo,
                    input.ArticleNumber), cancellationToken);
            TempData["Done"] = "AnnouncementAdmin.Saved";
            return Redirect("/Provider/Announcements");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        Form = await sender.Send(new GetAnnouncementForm(id), cancellationToken);
        if (Form.Version != version)
            Current = Form; // the next save carries the version now shown beside what was typed
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new DeleteAnnouncement(id, version), cancellationToken);
            TempData["Done"] = "AnnouncementAdmin.Deleted";
            return Redirect("/Provider/Announcements");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }
}
