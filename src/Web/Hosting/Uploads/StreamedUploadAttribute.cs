using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Application.Common.Files;
using Portal.Web.Hosting.Forms;

namespace Portal.Web.Hosting.Uploads;

/// <summary>
/// CASE-8: a page whose form arrives as a streamed multipart body (see <see cref="StreamedForm"/>). Model
/// binding must not read the form (it would buffer every file to disk first), so the form value providers
/// are removed (<see cref="NoFormBindingAttribute"/>); and only here may the body be as large as one file of <see cref="AttachmentOptions.MaxBytes"/>
/// plus the form around it; Kestrel's small default stays for every other request.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class StreamedUploadAttribute : NoFormBindingAttribute
{
    public override void OnResourceExecuting(ResourceExecutingContext context)
    {
        base.OnResourceExecuting(context);

        var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            var uploads = context.HttpContext.RequestServices.GetRequiredService<FileUploads>();
            limit.MaxRequestBodySize = StreamedForm.RequestLimit(uploads.MaxBytes);
        }
    }
}
