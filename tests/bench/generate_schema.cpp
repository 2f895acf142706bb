// SPDX-License-Identifier: MIT
// Writes the benchmark schema: generate_schema [MODELS=1000] [OUTPUT=-]. The file is generated at test
// time, never committed.
#include "GeneratedSchema.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

int main(int argc, char **argv)
{
    const int models = argc > 1 ? std::atoi(argv[1]) : 1000;
    if (models <= 0) {
        std::cerr << "usage: generate_schema [MODELS=1000] [OUTPUT=-]\n";
        return 2;
    }
    const std::string text = facet::bench::generatedSchema(models);
    if (argc <= 2 || std::string(argv[2]) == "-") {
        std::cout << text;
        return std::cout ? 0 : 1;
    }
    std::ofstream out(argv[2], std::ios::binary);
    out << text;
    return out ? 0 : 1;
}
