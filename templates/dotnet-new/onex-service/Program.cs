using Omninode.Events.Codegen;
using OnexSchemas.Runtime;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddOnexEvents(options =>
    {
        options.ServiceName = "onex-service";   // the envelope's source.service
        // BootstrapServers: ONEX_BOOTSTRAP_SERVERS, then localhost:9092
    })
    .AddRequestHandler<ValidateRequestV1, ValidateResponseV1, ValidateHandler>();
await builder.Build().RunAsync();

/// <summary>Answers each validate request on omninode.codegen.request.validate.v1 with a response on its pair.</summary>
internal sealed class ValidateHandler : IRequestHandler<ValidateRequestV1, ValidateResponseV1>
{
    public Task<ValidateResponseV1> HandleAsync(ConsumedEvent<ValidateRequestV1> request, CancellationToken cancellationToken) =>
        Task.FromResult(new ValidateResponseV1 { QualityScore = 1, OnexCompliance = 1, Issues = [] });
}
