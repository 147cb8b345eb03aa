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
            RuleFor(r => r.Username)
                .NotEmpty().WithMessage(Problems.Bilingual("Cần nhập tên đăng nhập.", "username is required."))
                .MaximumLength(60).WithMessage(Problems.Bilingual("Tên đăng nhập quá dài.", "username is too long."));
            RuleFor(r => r.Password)
                .NotEmpty().WithMessage(Problems.Bilingual("Cần nhập mật khẩu.", "password is required."))
                .MaximumLength(200).WithMessage(Problems.Bilingual("Mật khẩu quá dài.", "password is too long."));
        }
    }
}
