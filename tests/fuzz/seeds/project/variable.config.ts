const url = process.env["DATABASE_URL"]! as string
const config = { schema: `db/${name}.prisma`, datasource: { url: process.env.A || "file:./dev.db" } } satisfies PrismaConfig
module.exports = config
