using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Auth.Token;

public sealed class Request
{
    public string Username { get; init; } = "";
    public string Password { get; init; } = "";

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Username).NotEmpty().MaximumLength(60)
                .WithMessage(Problems.Bilingual("Cần nhập tên đăng nhập.", "username is required."));
            RuleFor(r => r.Password).NotEmpty().MaximumLength(200)
                .WithMessage(Problems.Bilingual("Cần nhập mật khẩu.", "password is required."));
        }
    }
}
