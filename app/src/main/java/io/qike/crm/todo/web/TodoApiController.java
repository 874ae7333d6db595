package io.qike.crm.todo.web;

import io.qike.crm.todo.Todo;
import io.qike.crm.todo.TodoDraft;
import io.qike.crm.todo.TodoService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/todos")
@Tag(name = "To-dos", description = "待办事项")
class TodoApiController {
    private final TodoService todos;

    TodoApiController(TodoService todos) {
        this.todos = todos;
    }

    @GetMapping
    @Operation(summary = "The caller's to-dos in a view (TODAY, OVERDUE, UPCOMING, DONE), their own or their team's",
            description = "mine=false lists every to-do the caller may see: theirs, those they created and those of the users in "
                    + "their data scope. Days are the enterprise's.")
    List<Todo> list(@RequestParam(defaultValue = "TODAY") @Parameter(description = "TODAY, OVERDUE, UPCOMING or DONE") String view,
                    @RequestParam(defaultValue = "true") boolean mine, @RequestParam(defaultValue = "100") int size) {
        return todos.list(view, mine, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A to-do the caller may see")
    Todo get(@PathVariable long id) {
        return todos.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a to-do, for oneself or (assigneeId) for a user in one's data scope, optionally on a record",
            description = "subjectType is CUSTOMER or CONTACT (LEAD, OPPORTUNITY where those modules are installed), and the record "
                    + "must be one the caller sees. dueAt and remindAt are ISO-8601 date-times with an offset.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Todo> create(@RequestBody TodoDraft draft) {
        long id = todos.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/todos/" + id)).body(todos.get(id));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a to-do's title, note, record, times and assignee",
            description = "With version, 409 todo_changed when the to-do was changed since. A new remindAt is reminded of again.")
    Todo update(@PathVariable long id, @RequestBody TodoDraft draft) {
        return todos.update(id, draft);
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a to-do done (done=false opens it again)")
    Todo done(@PathVariable long id, @RequestParam(defaultValue = "true") boolean done) {
        return todos.done(id, done);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a to-do; 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        todos.delete(id);
        return ResponseEntity.noContent().build();
    }
}
