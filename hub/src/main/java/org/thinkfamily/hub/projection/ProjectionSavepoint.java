package org.thinkfamily.hub.projection;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.messaging.InterceptorChain;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Runs one event's handler inside a JDBC savepoint of the projection's batch transaction. On PostgreSQL a
 * failed statement spoils the whole transaction; rolled back to the savepoint instead, the batch can
 * still park that event in the dead-letter queue and commit the others. A projection opts in with
 * {@code @MessageHandlerInterceptor Object inSavepoint(InterceptorChain chain) { return savepoint.around(chain); }}.
 */
@Component
public class ProjectionSavepoint {

    private final DataSource dataSource;

    ProjectionSavepoint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Object around(InterceptorChain chain) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                return chain.proceed(); // no transaction to protect
            }
            Savepoint savepoint = connection.setSavepoint();
            Object result;
            try {
                result = chain.proceed();
            } catch (Exception | Error failed) {
                connection.rollback(savepoint);
                throw failed;
            }
            connection.releaseSavepoint(savepoint);
            return result;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
