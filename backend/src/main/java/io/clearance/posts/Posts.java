package io.clearance.posts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The repository of posts. */
interface Posts extends JpaRepository<Post, Long> {

	List<Post> findByAuthorOrderByIdDesc(String author);

	List<Post> findByAuthorAndStatusOrderByIdDesc(String author, PostStatus status);

	List<Post> findAllByOrderByIdDesc();

	List<Post> findByStatusOrderByIdDesc(PostStatus status);
}
