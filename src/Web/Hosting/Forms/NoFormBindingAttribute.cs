using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Web.Hosting.Forms;

/// <summary>
/// NFR-4: a page that never has its request body read as a form: model binding gets no form value
/// providers, and <see cref="FormBodyCheck"/> leaves the body alone. The error pages carry it because the
/// status-code pages re-execute them with the failed request's method and body (too large, too many
/// fields, read halfway by a streamed upload): reading that body again would turn a 4xx into a 500.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal class NoFormBindingAttribute : Attribute, IResourceFilter
{
    public virtual void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
