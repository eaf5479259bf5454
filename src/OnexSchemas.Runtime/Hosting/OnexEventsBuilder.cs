using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>Registers handlers on the runtime added by <c>services.AddOnexEvents(...)</c>.</summary>
public sealed class OnexEventsBuilder
{
    internal OnexEventsBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Handles <typeparamref name="TPayload"/>'s topic with <typeparamref name="THandler"/> (scoped: one instance per
    /// attempt) in consumer group <paramref name="groupId"/>, by default the options' group or the service name. A
    /// hosted consumer runs per group; a topic has one handler per group.
    /// </summary>
    public OnexEventsBuilder AddHandler<TPayload, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(string? groupId = null)
        where TPayload : IOnexEvent
        where THandler : class, IEventHandler<TPayload>
    {
        Services.TryAddScoped<THandler>();
        Services.AddSingleton(new HandlerRegistration(groupId, new TopicBinding<TPayload, THandler>()));
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OnexConsumersHostedService>());
        return this;
    }

    /// <summary>
    /// Answers <typeparamref name="TRequest"/> with <typeparamref name="THandler"/> in consumer group
    /// <paramref name="groupId"/>: its result is published on the response topic with the request's correlation id.
    /// </summary>
    public OnexEventsBuilder AddRequestHandler<TRequest, TResponse, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(string? groupId = null)
        where TRequest : IOnexRequest<TResponse>
        where TResponse : IOnexEvent
        where THandler : class, IRequestHandler<TRequest, TResponse>
    {
        Services.TryAddScoped<THandler>();
        return AddHandler<TRequest, RequestHandlerAdapter<TRequest, TResponse, THandler>>(groupId);
    }
}
