package dev.watchtower.batch.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL advisory lock that lets one intake run at a time, across processes: two
 * batch processes never load the same inbox file. Held on its own connection for the
 * whole run; PostgreSQL releases it when that connection ends, also when the process is
 * killed.
 */
final class IntakeLock implements AutoCloseable {

	/** The lock key: "wtIntake" in ASCII. */
	static final long KEY = 0x7774496e74616b65L;

	private static final Logger logger = LoggerFactory.getLogger(IntakeLock.class);

	private final Connection connection;

	private IntakeLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock if it is free.
	 * @param dataSource the database
	 * @return the lock, or empty when another run holds it
	 * @throws SQLException when the database cannot be asked
	 */
	static Optional<IntakeLock> tryAcquire(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return Optional.of(new IntakeLock(connection));
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		connection.close();
		return Optional.empty();
	}

	@Override
	public void close() {
		try (Connection held = this.connection;
				PreparedStatement statement = held.prepareStatement("select pg_advisory_unlock(?)")) {
			statement.setLong(1, KEY);
			statement.execute();
		}
		catch (SQLException ex) {
			logger.warn("Cannot release the intake lock; it ends with the connection", ex);
		}
	}

}
