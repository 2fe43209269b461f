"""Every failure is one exception family: catch what you can act on, by kind."""

from csm_client.api.products import get_product

from atlassian_people_runtime import AtlassianError, AuthenticationError, NotFoundError, RateLimitError
from atlassian_people_runtime.sites import connect_from_env

with connect_from_env() as apis:
    try:
        get_product.call("no-such-product", client=apis.csm)
    except NotFoundError as error:
        print(f"not found: HTTP {error.status} {error.messages} (request id {error.request_id})")
    except AuthenticationError:
        print("the credentials were rejected: check ATLASSIAN_EMAIL / ATLASSIAN_API_TOKEN")
    except RateLimitError as error:  # only after the built-in retries gave up
        print(f"rate limited: retry after {error.retry_after} s")
    except AtlassianError as error:
        print(f"{error.operation} failed: {error}")
