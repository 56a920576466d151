import { handleMcpPost, rejectMcpMethod } from "@/lib/mcp/mcp-endpoint";

// The task tools over the Model Context Protocol, for the owner of a personal API key.
export { handleMcpPost as POST, rejectMcpMethod as GET, rejectMcpMethod as DELETE };
