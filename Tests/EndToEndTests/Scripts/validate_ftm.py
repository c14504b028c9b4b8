"""Checks a `kb export ftm` file with the followthemoney package: every line a known schema with its required
properties, every property known to that schema, every value one its type accepts, every reference resolved,
every id unique. Prints 'ok N entities' or the first problem, and exits 1 on a problem."""
import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData


def main(path):
    entities, ids = [], set()
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        data = json.loads(line)
        if data["id"] in ids:
            return f"line {number}: id {data['id']} used twice"
        ids.add(data["id"])
        entities.append((number, data))
    for number, data in entities:
        schema = model.get(data["schema"])
        if schema is None:
            return f"line {number}: unknown schema {data['schema']}"
        try:
            schema.validate(data)
        except InvalidData as error:
            return f"line {number}: {data['schema']}: {getattr(error, 'errors', error)}"
        proxy = model.get_proxy(data, cleaned=False)
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop is None:
                return f"line {number}: {data['schema']} has no property {name}"
            for value in values:
                if prop.type.clean(value, proxy=proxy) is None:
                    return f"line {number}: {name}={value!r} is not a valid {prop.type.name}"
                if prop.type.name == "entity" and value not in ids:
                    return f"line {number}: {name} refers to {value}, which is not exported"
    print(f"ok {len(entities)} entities")
    return None


if __name__ == "__main__":
    problem = main(sys.argv[1])
    if problem:
        print(problem)
        sys.exit(1)
