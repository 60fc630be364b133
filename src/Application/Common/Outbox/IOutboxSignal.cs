namespace Portal.Application.Common.Outbox;

/// <summary>Asks the outbox worker to run soon; losing a signal only delays delivery to the next sweep.</summary>
public interface IOutboxSignal
{
    void Wake();
}
